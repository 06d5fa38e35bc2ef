package gold.server.auth;

import gold.protocol.Code;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.Metadata;
import gold.server.meta.ObjectMeta;
import gold.server.meta.RoleAction;
import gold.server.sql.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The role check of docs/data-model.md, Authorization: ANY, SELF, a specific instance, MEMBERS, ADMIN, then
 * OVERRIDE; otherwise 444. MEMBERS and ADMIN look the membership up in the association whose parent
 * is the object and whose child is User (the intended lookup, not the classic bug).
 */
public final class Authorizer {
    private static final Logger LOG = Logger.getLogger(Authorizer.class.getName());
    private static final Set<String> KEYWORDS = Set.of("ANY", "SELF", "MEMBERS", "ADMIN");

    private Authorizer() {
    }

    public static Decision authorize(Connection c, Metadata meta, String actor, ObjectMeta object, String action,
                                     Subject subject) throws SQLException {
        Set<String> roles = meta.rolesOf(actor);
        List<RoleAction> normal = meta.roleActions().stream()
                .filter(ra -> roles.contains(ra.role()) && !ra.role().equals("OVERRIDE"))
                .filter(ra -> ra.appliesTo(object.name(), action)).toList();
        if (normal.stream().anyMatch(ra -> ra.instance().equals("ANY"))) {
            return Decision.ALLOWED;
        }
        Optional<String> instance = subject.last(object.keyName());
        Optional<String> user = subject.last("User");
        Optional<String> name = subject.last("Name");
        boolean self = (subject.count("User") == 1 && user.filter(actor::equals).isPresent())
                || (object.name().equals("User") && instance.filter(actor::equals).isPresent());
        if (self && has(normal, "SELF")) {
            return Decision.ALLOWED;
        }
        if (instance.isPresent() && normal.stream().anyMatch(
                ra -> !KEYWORDS.contains(ra.instance()) && ra.instance().equals(instance.get()))) {
            return Decision.ALLOWED;
        }
        if ((instance.isPresent() || name.isPresent()) && has(normal, "MEMBERS")
                && member(c, meta, actor, object, instance, name)) {
            return Decision.ALLOWED;
        }
        if (instance.isPresent() && has(normal, "ADMIN") && admin(c, meta, actor, object.name(), instance.get())) {
            return Decision.ALLOWED;
        }
        boolean override = roles.contains("OVERRIDE") && meta.roleActions().stream()
                .anyMatch(ra -> ra.role().equals("OVERRIDE") && ra.appliesTo(object.name(), action)
                        && ra.instance().equals("ANY"));
        if (override) {
            return Decision.OVERRIDDEN;
        }
        LOG.info("refused: " + actor + " " + object.name() + " " + action + " instance=" + instance.orElse(""));
        throw Code.NOT_AUTHORIZED.exception(actor + " is not authorized to perform this function ("
                + object.name() + " " + action + ")");
    }

    private static boolean has(List<RoleAction> actions, String instance) {
        return actions.stream().anyMatch(ra -> ra.instance().equals(instance));
    }

    private static boolean member(Connection c, Metadata meta, String actor, ObjectMeta object,
                                  Optional<String> instance, Optional<String> name) throws SQLException {
        if (object.association()) {
            if (object.child().equals("User") && name.filter(actor::equals).isPresent()) {
                return true;
            }
            Optional<ObjectMeta> link = meta.userAssociationOf(object.parent());
            Optional<String> parentValue = instance;
            return link.isPresent() && parentValue.isPresent()
                    && row(c, link.get(), object.parent(), parentValue.get(), actor, false);
        }
        Optional<ObjectMeta> link = meta.userAssociationOf(object.name());
        return link.isPresent() && instance.isPresent() && row(c, link.get(), object.name(), instance.get(), actor, false);
    }

    private static boolean admin(Connection c, Metadata meta, String actor, String object, String instance)
            throws SQLException {
        Optional<ObjectMeta> link = meta.userAssociationOf(object);
        return link.isPresent() && link.get().attribute("Admin").isPresent()
                && row(c, link.get(), object, instance, actor, true);
    }

    private static boolean row(Connection c, ObjectMeta link, String parentAttr, String parent, String actor,
                               boolean admin) throws SQLException {
        if (link.attribute(parentAttr).isEmpty()) {
            return false;
        }
        AttributeMeta key = link.attribute(parentAttr).get();
        if (key.type().integral() && !parent.matches("-?\\d+")) {
            return false;
        }
        Sql sql = new Sql("SELECT 1 FROM " + link.table() + " WHERE " + key.column()
                + " = ").param(parent, key.type()).add(" AND g_name = ").param(actor, DataType.String)
                .add(" AND g_deleted <> 'True'" + (admin ? " AND g_admin = 'True'" : ""));
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
