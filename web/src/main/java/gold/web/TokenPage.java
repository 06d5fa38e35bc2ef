package gold.web;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.web.Views.ApiToken;
import gold.web.Views.Tokens;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * /tokens: the logged-in user's API tokens (goldd's ApiToken object). Create shows the token once
 * (goldd does not keep it), the list never shows it, Revoke ends one at once. The forms are POSTs
 * checked against the session's CSRF token like every other form.
 */
final class TokenPage {
    private static final Logger LOG = Logger.getLogger(TokenPage.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private TokenPage() {
    }

    static void serve(WebExchange x, WebSession s, Portal p) throws IOException {
        String shown = "";
        String code = "";
        String message = "";
        int status = 200;
        if (x.method().equals("POST")) {
            String op = x.field("op");
            Response r;
            if (op.equals("create")) {
                Request.Builder b = Request.builder("ApiToken", "Create").set("Name", x.field("name").strip());
                String expires = x.field("expires").strip();
                if (!expires.isEmpty()) {
                    b.set("Expires", expires);
                }
                r = s.calls().send(b);
                if (!r.isFailure() && !r.data().isEmpty()) {
                    shown = r.data().get(0).get("Token");
                }
            } else if (op.equals("revoke")) {
                r = s.calls().send(Request.builder("ApiToken", "Revoke").where("Id", x.field("id").strip()));
            } else {
                r = Response.failure(Code.UNSUPPORTED_ACTION.code(), "Unknown operation");
            }
            code = r.code();
            message = r.isFailure() ? r.message() : r.message().replace(" (the token is shown only now)", "");
            status = r.isFailure() ? Api.status(r.code()) : 200;
            LOG.info("tokens " + op + " by " + s.user() + " from " + x.address() + ": " + r.code());
        }
        Response list = s.calls().send(Request.builder("ApiToken", "Query"));
        if (list.isFailure() && code.isEmpty()) {
            code = list.code();
            message = list.message();
        }
        List<ApiToken> tokens = list.isFailure() ? List.of() : list.data().stream().map(TokenPage::row).toList();
        x.html(status, p.render("tokens.jte", Map.of("nav", Portal.nav(s),
                "page", new Tokens(tokens, shown, code, message))));
    }

    private static ApiToken row(Row r) {
        return new ApiToken(r.get("Id"), r.get("Name"), when(r.get("CreationTime")),
                "0".equals(r.get("Expires")) ? "never" : when(r.get("Expires")), "True".equals(r.get("Revoked")));
    }

    private static String when(String epoch) {
        try {
            return WHEN.format(Instant.ofEpochSecond(Long.parseLong(epoch)));
        } catch (RuntimeException e) {
            return epoch == null ? "" : epoch;
        }
    }
}
