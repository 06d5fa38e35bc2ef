package gold.web;

import java.util.List;
import java.util.Map;

/** The data records the page templates render (src/main/jte); no logic beyond formatting lives there. */
public final class Views {
    private Views() {
    }

    /** The header of every page: who is logged in, the CSRF token of the logout form, which links to offer. */
    public record Nav(String user, String csrf, boolean manager) {
    }

    /** One allocation of an account, as glsalloc prints it. */
    public record Allocation(String id, String start, String end, String amount, String creditLimit, String deposited,
                             String description) {
    }

    /** One account line of the balance page, as gbalance prints it, with its allocations. */
    public record Account(String id, String name, String amount, String reserved, String balance, String creditLimit,
                          String available, List<Allocation> allocations) {
    }

    /** Columns and rows of any listing, plus paging. */
    public record Table(List<String> columns, List<Map<String, String>> rows, int page, int pages, int total) {
        public String cell(Map<String, String> row, String column) {
            String v = row.get(column);
            return v == null ? "" : v;
        }
    }

    /** A filter field of a listing form. */
    public record Filter(String name, String label, String value) {
    }

    /** A listing page: title, filters, the query string for CSV and page links (without page=). */
    public record Listing(String title, String path, List<Filter> filters, Table table, String query, boolean csv,
                          String message) {
    }

    /** The balance plot: the SVG and the table beside it (day, balance). */
    public record Plot(String account, String svg, List<Map.Entry<String, String>> points, Table usage, String message) {
    }

    /** A form of a manager action: its fields and, after a submission, goldd's answer. */
    public record ActionForm(String name, String path, List<Filter> fields, String code, String message, boolean ok,
                             String key) {
    }

    /** The outcome of an action, a refusal or an error. */
    public record Notice(String title, String code, String message) {
    }

    /** One API token of the user (never the token itself). */
    public record ApiToken(String id, String name, String created, String expires, boolean revoked) {
    }

    /** The tokens page: the user's tokens, a just-created token shown once, goldd's answer to the last form. */
    public record Tokens(List<ApiToken> tokens, String shown, String code, String message) {
    }
}
