package gold.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gold.web.Views.Account;
import gold.web.Views.ActionForm;
import gold.web.Views.Allocation;
import gold.web.Views.Filter;
import gold.web.Views.Listing;
import gold.web.Views.Nav;
import gold.web.Views.Notice;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import gold.protocol.Code;
import gold.protocol.Response;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;

/**
 * The HTML pages: login and logout, the balance, statements, usage, listings, the plot and the
 * manager actions. Pages are rendered on the server from precompiled templates and work without
 * JavaScript; every form carries the session's CSRF token (the login form a pre-session one).
 */
final class Portal {
    private static final Logger LOG = Logger.getLogger(Portal.class.getName());
    static final String PRE_SESSION_COOKIE = "gold_login";
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.@+-]{1,64}");
    private static final int PAGE = 50;

    private final TemplateEngine templates;
    private final GoldSite site;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Pages pages;

    Portal(TemplateEngine templates, GoldSite site, Sessions sessions, LoginThrottle throttle) {
        this.templates = templates;
        this.site = site;
        this.sessions = sessions;
        this.throttle = throttle;
        this.pages = new Pages();
    }

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    static Nav nav(WebSession s) {
        return new Nav(s.user(), s.csrf(), s.permissions().manager());
    }

    /** Serves a page request; answers true when the path is one of the portal's. */
    boolean handle(WebExchange x) throws IOException {
        String path = x.path();
        String method = x.method();
        if (path.equals("/login")) {
            if (method.equals("POST")) {
                login(x);
            } else {
                loginPage(x, 200, "");
            }
            return true;
        }
        WebSession s = sessions.find(x.cookie(WebExchange.SESSION_COOKIE)).orElse(null);
        if (s == null) {
            x.redirect("/login");
            return true;
        }
        if (method.equals("POST") && !csrfOk(x, s)) {
            return true;
        }
        if (path.equals("/logout") && method.equals("POST")) {
            sessions.close(s.id());
            x.setCookie(WebExchange.SESSION_COOKIE, "", 0);
            LOG.info("logout user=" + s.user() + " from " + x.address());
            x.redirect("/login");
            return true;
        }
        return pages.serve(x, s, this);
    }

    /** A POST without the session's CSRF token is refused: 403 and a log line. */
    private boolean csrfOk(WebExchange x, WebSession s) throws IOException {
        String token = x.field("csrf");
        if (!token.isEmpty() && constantTimeEquals(token, s.csrf())) {
            return true;
        }
        LOG.warning("refused POST " + x.path() + " from " + x.address() + " user=" + s.user()
                + ": CSRF token " + (token.isEmpty() ? "missing" : "wrong"));
        x.html(403, render("notice.jte", Map.of("nav", nav(s), "notice",
                new Notice("Refused", Code.CSRF_REFUSED.code(), "The form was not sent from this site (CSRF token missing or wrong)."))));
        return false;
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private void loginPage(WebExchange x, int status, String message) {
        String pre = x.cookie(PRE_SESSION_COOKIE);
        if (pre.isEmpty()) {
            pre = Sessions.token();
            x.setCookie(PRE_SESSION_COOKIE, pre, 3600);
        }
        x.html(status, render("login.jte", Map.of("csrf", pre, "message", message)));
    }

    private void login(WebExchange x) throws IOException {
        String user = x.field("username").strip();
        String password = x.field("password");
        String address = x.address();
        String pre = x.cookie(PRE_SESSION_COOKIE);
        if (pre.isEmpty() || !constantTimeEquals(pre, x.field("csrf"))) {
            LOG.warning("refused POST /login from " + address + ": CSRF token missing or wrong");
            loginPage(x, 403, "The form was not sent from this site; please try again.");
            return;
        }
        if (!USER.matcher(user).matches() || password.isEmpty()) {
            loginPage(x, 400, "Enter a user name and a password.");
            return;
        }
        Duration wait = throttle.wait(user, address);
        if (!wait.isZero()) {
            LOG.warning("login of " + user + " from " + address + " refused: backing off " + seconds(wait) + " s");
            loginPage(x, 429, "Too many failed logins: try again in " + seconds(wait) + " s.");
            return;
        }
        GoldSite.Login result = site.login(user, password);
        if (!result.ok()) {
            if (result.unavailable()) {
                LOG.warning("login of " + user + " from " + address + ": goldd unavailable (" + result.code() + ")");
                loginPage(x, 503, "The Gold server is not available (" + result.code() + "); try again later.");
                return;
            }
            throttle.failed(user, address);
            LOG.warning("failed login of " + user + " from " + address + " (" + result.code() + ")");
            loginPage(x, 401, "Wrong user name or password.");
            return;
        }
        throttle.succeeded(user, address);
        WebSession s = sessions.open(result.calls(), Permissions.of(result.calls()));
        x.setCookie(WebExchange.SESSION_COOKIE, s.id(), -1);
        LOG.info("login user=" + user + " from " + address);
        x.redirect("/");
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /** The pages behind the login. */
    final class Pages {
        boolean serve(WebExchange x, WebSession s, Portal p) throws IOException {
            String path = x.path();
            switch (path) {
                case "/" -> balance(x, s);
                case "/statement" -> report(x, s, "Statement", "gstatement", false);
                case "/statement.csv" -> report(x, s, "Statement", "gstatement", true);
                case "/usage" -> report(x, s, "Usage", "gusage", false);
                case "/usage.csv" -> report(x, s, "Usage", "gusage", true);
                case "/jobs", "/jobs.csv" -> listing(x, s, "Jobs", "/jobs", "glsjob", List.of(
                        new Filter("J", "Job id", ""), new Filter("u", "User", ""), new Filter("p", "Project", ""),
                        new Filter("m", "Machine", ""), new Filter("s", "Start", ""), new Filter("e", "End", "")));
                case "/reservations", "/reservations.csv" -> listing(x, s, "Reservations", "/reservations", "glsres",
                        List.of(new Filter("u", "User", ""), new Filter("p", "Project", ""), new Filter("m", "Machine", "")));
                case "/quotes", "/quotes.csv" -> listing(x, s, "Quotes", "/quotes", "glsquote", List.of(
                        new Filter("u", "User", ""), new Filter("p", "Project", ""), new Filter("m", "Machine", "")));
                case "/transactions", "/transactions.csv" -> listing(x, s, "Transactions", "/transactions", "glstxn",
                        List.of(new Filter("a", "Account", ""), new Filter("u", "User", ""), new Filter("p", "Project", ""),
                                new Filter("O", "Object", ""), new Filter("A", "Action", ""), new Filter("s", "Start", ""),
                                new Filter("e", "End", "")));
                case "/plot" -> plot(x, s);
                case "/manage" -> manage(x, s);
                case "/tokens" -> TokenPage.serve(x, s, p);
                default -> {
                    if (path.equals("/objects") || path.startsWith("/objects/")) {
                        objects(x, s, path.substring("/objects".length()));
                    } else if (path.startsWith("/manage/")) {
                        action(x, s, path.substring("/manage/".length()));
                    } else {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private void balance(WebExchange x, WebSession s) {
        GoldCalls calls = s.calls();
        // the allocations are read while gbalance runs: the page waits for the slower of the two, not their sum
        CompletableFuture<GoldCalls.Outcome> allocations = CompletableFuture
                .supplyAsync(() -> calls.records("glsalloc", List.of()), Thread::startVirtualThread);
        GoldCalls.Outcome bal = calls.records("gbalance", List.of("-u", s.user()));
        List<Account> accounts = new ArrayList<>();
        String message = bal.ok() ? "" : bal.code() + " " + bal.message();
        if (bal.ok()) {
            Map<String, List<Allocation>> byAccount = new HashMap<>();
            GoldCalls.Outcome allocs = allocations.join();
            for (Map<String, String> a : allocs.rows()) {
                byAccount.computeIfAbsent(a.getOrDefault("Account", ""), k -> new ArrayList<>())
                        .add(new Allocation(v(a, "Id"), v(a, "StartTime"), v(a, "EndTime"), v(a, "Amount"),
                                v(a, "CreditLimit"), v(a, "Deposited"), v(a, "Description")));
            }
            for (Map<String, String> r : bal.rows()) {
                String id = v(r, "Id");
                accounts.add(new Account(id, v(r, "Name"), v(r, "Amount"), v(r, "Reserved"), v(r, "Balance"),
                        v(r, "CreditLimit"), v(r, "Available"), byAccount.getOrDefault(id, List.of())));
            }
        }
        x.html(bal.ok() ? 200 : 502, render("balance.jte", Map.of("nav", nav(s), "accounts", accounts, "message", message)));
    }

    static String v(Map<String, String> row, String key) {
        String value = row.get(key);
        return value == null ? "" : value;
    }

    /** Statement or usage of an account, project or user over a date range; as a page or as CSV. */
    private void report(WebExchange x, WebSession s, String title, String command, boolean csv) {
        List<Filter> filters = command.equals("gstatement")
                ? List.of(new Filter("account", "Account", x.param("account")), new Filter("project", "Project", x.param("project")),
                        new Filter("user", "User", x.param("user")), new Filter("start", "Start", x.param("start")),
                        new Filter("end", "End", x.param("end")))
                : List.of(new Filter("project", "Project", x.param("project")), new Filter("start", "Start", x.param("start")),
                        new Filter("end", "End", x.param("end")));
        List<String> words = new ArrayList<>();
        addWord(words, "-a", x.param("account"));
        addWord(words, "-p", x.param("project"));
        addWord(words, "-u", x.param("user"));
        addWord(words, "-s", x.param("start"));
        addWord(words, "-e", x.param("end"));
        String path = command.equals("gstatement") ? "/statement" : "/usage";
        boolean asked = filters.stream().anyMatch(f -> !f.value().isEmpty());
        if (command.equals("gstatement") && !asked) {
            Listing empty = new Listing(title, path, filters, null, "", false, "");
            x.html(200, render("listing.jte", Map.of("nav", nav(s), "listing", empty)));
            return;
        }
        if (command.equals("gusage") && x.param("project").isEmpty()) {
            Listing empty = new Listing(title, path, filters, null, "", false, "Name a project.");
            x.html(200, render("listing.jte", Map.of("nav", nav(s), "listing", empty)));
            return;
        }
        if (csv) {
            List<String> csvWords = new ArrayList<>(words);
            csvWords.addAll(List.of("--format", "csv"));
            GoldCalls.Outcome out = s.calls().run(command, csvWords, null);
            if (out.ok()) {
                x.download("text/csv; charset=utf-8", command.substring(1) + ".csv", out.stdout().getBytes(StandardCharsets.UTF_8));
            } else {
                x.html(502, render("notice.jte", Map.of("nav", nav(s), "notice", new Notice(title, out.code(), out.message()))));
            }
            return;
        }
        GoldCalls.Outcome out = s.calls().records(command, words);
        Views.Table table = out.ok() ? page(out.rows(), 1) : null;
        Listing listing = new Listing(title, path, filters, table, query(filters), true, out.ok() ? "" : out.code() + " " + out.message());
        x.html(out.ok() ? 200 : 502, render("listing.jte", Map.of("nav", nav(s), "listing", listing)));
    }

    private void listing(WebExchange x, WebSession s, String title, String path, String command, List<Filter> template) {
        List<Filter> filters = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Filter f : template) {
            String value = x.param(f.name());
            filters.add(new Filter(f.name(), f.label(), value));
            addWord(words, f.name().length() == 1 ? "-" + f.name() : "--" + f.name(), value);
        }
        boolean csv = x.path().endsWith(".csv");
        if (csv) {
            words.addAll(List.of("--format", "csv"));
            GoldCalls.Outcome out = s.calls().run(command, words, null);
            if (out.ok()) {
                x.download("text/csv; charset=utf-8", path.substring(1) + ".csv", out.stdout().getBytes(StandardCharsets.UTF_8));
            } else {
                x.html(502, render("notice.jte", Map.of("nav", nav(s), "notice", new Notice(title, out.code(), out.message()))));
            }
            return;
        }
        GoldCalls.Outcome out = s.calls().records(command, words);
        int pageNo = 1;
        try {
            pageNo = Math.max(1, Integer.parseInt(x.param("page")));
        } catch (NumberFormatException e) {
            pageNo = 1;
        }
        Views.Table table = out.ok() ? page(out.rows(), pageNo) : null;
        Listing listing = new Listing(title, path, filters, table, query(filters), true, out.ok() ? "" : out.code() + " " + out.message());
        x.html(out.ok() ? 200 : 502, render("listing.jte", Map.of("nav", nav(s), "listing", listing)));
    }

    static Views.Table page(List<Map<String, String>> rows, int page) {
        List<String> columns = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        int pagesCount = Math.max(1, (rows.size() + PAGE - 1) / PAGE);
        int p = Math.min(page, pagesCount);
        List<Map<String, String>> slice = rows.subList((p - 1) * PAGE, Math.min(rows.size(), p * PAGE));
        return new Views.Table(columns, slice, p, pagesCount, rows.size());
    }

    private static void addWord(List<String> words, String flag, String value) {
        if (!value.isBlank()) {
            words.add(flag);
            words.add(value.strip());
        }
    }

    private static String query(List<Filter> filters) {
        StringBuilder q = new StringBuilder();
        for (Filter f : filters) {
            if (!f.value().isEmpty()) {
                q.append(q.isEmpty() ? "" : "&").append(f.name()).append('=')
                        .append(URLEncoder.encode(f.value(), StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private void plot(WebExchange x, WebSession s) {
        String account = x.param("account").strip();
        Views.Plot plot = BalancePlot.of(s.calls(), account);
        x.html(200, render("plot.jte", Map.of("nav", nav(s), "plot", plot)));
    }

    private void manage(WebExchange x, WebSession s) {
        List<String> offered = Actions.MANAGER.stream().filter(n -> allowed(s, n)).toList();
        List<String> objects = offeredObjects(s);
        if (offered.isEmpty() && objects.isEmpty()) {
            refuse(x, s, "manage");
            return;
        }
        x.html(200, render("manage.jte", Map.of("nav", nav(s), "actions", offered, "objects", objects)));
    }

    private static List<String> offeredObjects(WebSession s) {
        return ObjectPages.OBJECTS.stream()
                .filter(o -> ObjectPages.ACTIONS.stream().anyMatch(a -> s.permissions().may(o, a))).toList();
    }

    /** /objects, /objects/OBJECT (instances and actions), /objects/OBJECT/ACTION (form, then goldd's answer). */
    private void objects(WebExchange x, WebSession s, String rest) throws IOException {
        List<String> offered = offeredObjects(s);
        String[] parts = rest.isEmpty() ? new String[0] : rest.substring(1).split("/");
        String object = parts.length > 0 ? parts[0] : "";
        if (offered.isEmpty() || (!object.isEmpty() && !offered.contains(object))) {
            refuse(x, s, object.isEmpty() ? "managing objects" : "managing " + object + " objects");
            return;
        }
        List<String> actions = object.isEmpty() ? List.of()
                : ObjectPages.ACTIONS.stream().filter(a -> s.permissions().may(object, a)).toList();
        if (parts.length < 2) {
            List<ObjectPages.Attribute> attributes = object.isEmpty() ? List.of() : ObjectPages.attributes(s.calls(), object);
            int pageNo = 1;
            try {
                pageNo = Math.max(1, Integer.parseInt(x.param("page")));
            } catch (NumberFormatException e) {
                pageNo = 1;
            }
            Views.Table table = object.isEmpty() ? null : page(ObjectPages.instances(s.calls(), object, attributes), pageNo);
            Map<String, Object> params = new HashMap<>();
            params.put("nav", nav(s));
            params.put("object", object);
            params.put("objects", offered);
            params.put("actions", actions);
            params.put("table", table);
            x.html(200, render("objects.jte", params));
            return;
        }
        String action = parts[1];
        if (!actions.contains(action)) {
            refuse(x, s, action + " of " + object);
            return;
        }
        List<ObjectPages.Attribute> attributes = ObjectPages.attributes(s.calls(), object);
        boolean post = x.method().equals("POST");
        Map<String, String> values = new HashMap<>();
        for (Filter f : ObjectPages.fields(attributes, action, Map.of())) {
            values.put(f.name(), post ? x.field(f.name()) : x.param(f.name()));
        }
        List<Filter> fields = ObjectPages.fields(attributes, action, values);
        String title = action + " " + object;
        if (!post) {
            x.html(200, render("action.jte", Map.of("nav", nav(s), "form",
                    new ActionForm(title, x.path(), fields, "", "", false, Sessions.token()))));
            return;
        }
        if (!x.field("confirm").equals("yes")) {
            x.html(400, render("action.jte", Map.of("nav", nav(s), "form",
                    new ActionForm(title, x.path(), fields, Code.REQUIRED.code(), "Tick \"I confirm\" to go ahead.", false, x.field("key")))));
            return;
        }
        String key = x.field("key").matches("[A-Za-z0-9_-]{20,64}") ? x.field("key") : Sessions.token();
        Response r = s.calls().send(ObjectPages.request(attributes, object, action, values).requestKey(key));
        boolean ok = !r.isFailure();
        LOG.info(object + " " + action + " by " + s.user() + " from " + x.address() + ": " + r.code());
        x.html(ok ? 200 : 400, render("action.jte", Map.of("nav", nav(s), "form",
                new ActionForm(title, x.path(), fields, r.code(), r.message().strip(), ok, Sessions.token()))));
    }

    private static boolean allowed(WebSession s, String name) {
        return Actions.named(name).map(a -> s.permissions().may(a.object(), a.goldAction())).orElse(false);
    }

    private void refuse(WebExchange x, WebSession s, String what) {
        LOG.warning("refused " + what + " page to " + s.user() + " from " + x.address() + ": no role allows it");
        x.html(403, render("notice.jte", Map.of("nav", nav(s), "notice",
                new Notice("Not allowed", Code.NOT_AUTHORIZED.code(), "Your Gold roles do not allow " + what + "."))));
    }

    private void action(WebExchange x, WebSession s, String name) throws IOException {
        var action = Actions.named(name).filter(a -> Actions.MANAGER.contains(a.name()));
        if (action.isEmpty()) {
            x.html(404, render("notice.jte", Map.of("nav", nav(s), "notice", new Notice("Not found", "", "No such action."))));
            return;
        }
        if (!allowed(s, name)) {
            refuse(x, s, name);
            return;
        }
        Actions.Action a = action.get();
        Map<String, String> values = new HashMap<>();
        List<Filter> fields = new ArrayList<>();
        boolean post = x.method().equals("POST");
        for (Actions.Field f : a.fields()) {
            String value = post ? x.field(f.key()) : x.param(f.key());
            values.put(f.key(), value);
            fields.add(new Filter(f.key(), f.label(), value));
        }
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (!post) {
            x.html(200, render("action.jte", Map.of("nav", nav(s), "form", new ActionForm(title, x.path(), fields, "", "", false, Sessions.token()))));
            return;
        }
        if (!x.field("confirm").equals("yes")) {
            x.html(400, render("action.jte", Map.of("nav", nav(s), "form",
                    new ActionForm(title, x.path(), fields, Code.REQUIRED.code(), "Tick \"I confirm\" to " + name + ".", false, x.field("key")))));
            return;
        }
        // the form's own request key: submitting the same form twice (a double click, a reload) acts once
        String key = x.field("key").matches("[A-Za-z0-9_-]{20,64}") ? x.field("key") : Sessions.token();
        GoldCalls.Outcome out = s.calls().run(a.command(), a.words(values), key);
        LOG.info(name + " by " + s.user() + " from " + x.address() + ": " + out.code());
        x.html(out.ok() ? 200 : 400, render("action.jte", Map.of("nav", nav(s), "form",
                new ActionForm(title, x.path(), fields, out.code(), out.message(), out.ok(), Sessions.token()))));
    }
}
