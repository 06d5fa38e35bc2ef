package gold.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One HTTP request and its answer, with what the handlers need: path, query and form fields, the
 * session cookie, and writing a page, JSON, a file or a redirect (each exactly once). Every answer
 * carries the security headers: a strict Content-Security-Policy (everything from this server, no
 * inline script), no framing, no MIME sniffing, no referrer, and no caching of personal pages.
 */
public final class WebExchange {
    public static final String SESSION_COOKIE = "gold_session";
    private static final int MAX_BODY = 1 << 20;

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final boolean secure;
    private Map<String, String> form;
    private Map<String, String> query;
    private String body;

    WebExchange(Request request, Response response, Callback callback, boolean secure) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.secure = secure;
    }

    public String method() { return request.getMethod(); }
    public String path() { return Request.getPathInContext(request); }
    public String address() { return Request.getRemoteAddr(request); }
    public boolean secure() { return secure; }

    public String header(String name) {
        String v = request.getHeaders().get(name);
        return v == null ? "" : v;
    }

    public String cookie(String name) {
        List<HttpCookie> cookies = Request.getCookies(request);
        if (cookies != null) {
            for (HttpCookie c : cookies) {
                if (c.getName().equals(name)) {
                    return c.getValue();
                }
            }
        }
        return "";
    }

    /** A query parameter, "" when absent. */
    public String param(String name) {
        if (query == null) {
            query = decode(request.getHttpURI().getQuery());
        }
        return query.getOrDefault(name, "");
    }

    /** A field of a url-encoded form body, "" when absent. */
    public String field(String name) throws IOException {
        if (form == null) {
            String type = header("Content-Type");
            form = type.startsWith("application/x-www-form-urlencoded") ? decode(body()) : Map.of();
        }
        return form.getOrDefault(name, "");
    }

    /** The request body as text (at most 1 MiB). */
    public String body() throws IOException {
        if (body == null) {
            long length = request.getLength();
            if (length > MAX_BODY) {
                throw new IOException("request body too large");
            }
            body = Content.Source.asString(request, StandardCharsets.UTF_8);
            if (body.length() > MAX_BODY) {
                throw new IOException("request body too large");
            }
        }
        return body;
    }

    static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the field is left out, as if it were not sent
                assert e != null;
            }
        }
        return out;
    }

    public void setCookie(String name, String value, long maxAgeSeconds) {
        HttpCookie.Builder b = HttpCookie.build(name, value).path("/").httpOnly(true)
                .sameSite(HttpCookie.SameSite.STRICT).maxAge(maxAgeSeconds);
        if (secure) {
            b.secure(true);
        }
        Response.addCookie(response, b.build());
    }

    public void html(int status, String page) {
        send(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), List.of());
    }

    public void json(int status, String text) {
        send(status, "application/json", text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    public void download(String type, String filename, byte[] content) {
        send(200, type, content, List.of(Map.entry("Content-Disposition", "attachment; filename=\"" + filename + "\"")));
    }

    public void resource(String type, byte[] content) {
        send(200, type, content, List.of(Map.entry("Cache-Control", "max-age=3600")));
    }

    /** 303 See Other: after a POST the browser fetches the target with GET. */
    public void redirect(String location) {
        response.getHeaders().put(HttpHeader.LOCATION, location);
        send(303, "text/plain; charset=utf-8", new byte[0], List.of());
    }

    private void send(int status, String type, byte[] content, List<Map.Entry<String, String>> extra) {
        response.setStatus(status);
        var h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, type);
        h.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        if (secure) {
            h.put("Strict-Transport-Security", "max-age=31536000");
        }
        boolean cacheable = false;
        for (Map.Entry<String, String> e : extra) {
            h.put(e.getKey(), e.getValue());
            cacheable |= e.getKey().equals("Cache-Control");
        }
        if (!cacheable) {
            h.put("Cache-Control", "no-store");
        }
        response.write(true, ByteBuffer.wrap(content), callback);
    }

    /** Names the fields present (for log lines that must never carry their values). */
    public List<String> fieldNames() throws IOException {
        field("");
        return new ArrayList<>(form.keySet());
    }
}
