package gold.server.meta;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the non-deleted metadata rows into a {@link Metadata} snapshot. */
public final class MetadataLoader {
    private static final String LIVE = " WHERE g_deleted IS NULL OR g_deleted <> 'True'";

    private MetadataLoader() {
    }

    public static Metadata load(Connection c, long version) throws SQLException {
        Map<String, List<AttributeMeta>> attributes = loadAttributes(c);
        Map<String, Set<String>> actions = loadActions(c);
        Map<String, ObjectMeta> objects = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT g_name, g_association, g_parent, g_child, g_special FROM g_object"
                     + LIVE + " ORDER BY g_creation_time, g_transaction_id, g_name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                List<AttributeMeta> attrs = attributes.getOrDefault(name, List.of());
                Map<String, AttributeMeta> byName = new HashMap<>();
                attrs.forEach(a -> byName.put(a.name(), a));
                objects.put(name, new ObjectMeta(name, "True".equals(rs.getString(2)), str(rs.getString(3)),
                        str(rs.getString(4)), "True".equals(rs.getString(5)), attrs, byName,
                        actions.getOrDefault(name, Set.of())));
            }
        }
        return new Metadata(version, objects, List.copyOf(objects.keySet()), loadRoleActions(c), loadRoleUsers(c), loadPasswords(c));
    }

    private static Map<String, List<AttributeMeta>> loadAttributes(Connection c) throws SQLException {
        Map<String, List<AttributeMeta>> result = new HashMap<>();
        String sql = "SELECT g_object, g_name, g_data_type, g_primary_key, g_required, g_fixed, g_values,"
                + " g_default_value, g_sequence, g_hidden, g_description FROM g_attribute" + LIVE
                + " ORDER BY g_object, g_sequence, g_name";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String def = rs.getString(8);
                AttributeMeta a = new AttributeMeta(rs.getString(1), rs.getString(2), DataType.of(str(rs.getString(3))),
                        "True".equals(rs.getString(4)), "True".equals(rs.getString(5)),
                        "True".equals(rs.getString(6)), str(rs.getString(7)), str(def), def != null,
                        rs.getInt(9), "True".equals(rs.getString(10)), str(rs.getString(11)));
                result.computeIfAbsent(a.object(), k -> new ArrayList<>()).add(a);
            }
        }
        return result;
    }

    private static Map<String, Set<String>> loadActions(Connection c) throws SQLException {
        Map<String, Set<String>> result = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT g_object, g_name FROM g_action" + LIVE)) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return result;
    }

    private static List<RoleAction> loadRoleActions(Connection c) throws SQLException {
        List<RoleAction> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT g_role, g_object, g_name, g_instance FROM g_role_action" + LIVE
                     + " ORDER BY g_role, g_object, g_name")) {
            while (rs.next()) {
                String instance = rs.getString(4);
                result.add(new RoleAction(rs.getString(1), rs.getString(2), rs.getString(3),
                        instance == null ? "ANY" : instance));
            }
        }
        return result;
    }

    private static Map<String, Set<String>> loadRoleUsers(Connection c) throws SQLException {
        Map<String, Set<String>> result = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT g_role, g_name FROM g_role_user" + LIVE)) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(1));
            }
        }
        return result;
    }

    private static Map<String, String> loadPasswords(Connection c) throws SQLException {
        Map<String, String> result = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT g_user, g_password FROM g_password" + LIVE)) {
            while (rs.next()) {
                result.put(rs.getString(1), str(rs.getString(2)));
            }
        }
        return result;
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }
}
