package gold.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * An account's balance over time from the transaction journal: the running sum of the account deltas,
 * one point per day that has journal entries (the balance at the end of that day), drawn as an SVG
 * polyline on the server, and the charges per user per month beside it.
 */
final class BalancePlot {
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final int W = 640;
    private static final int H = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private BalancePlot() {
    }

    static Views.Plot of(GoldCalls calls, String requested) {
        String account = requested;
        if (account.isEmpty()) {
            GoldCalls.Outcome bal = calls.records("gbalance", List.of("-u", calls.user()));
            if (!bal.ok() || bal.rows().isEmpty()) {
                return new Views.Plot("", "", List.of(), null, bal.ok() ? "No account to plot." : bal.code() + " " + bal.message());
            }
            account = Portal.v(bal.rows().get(0), "Id");
        }
        if (!ID.matcher(account).matches()) {
            return new Views.Plot(account, "", List.of(), null, "An account is named by its id (digits).");
        }
        GoldCalls.Outcome txn = calls.records("glstxn", List.of("-a", account, "--show",
                "CreationTime,Object,Action,User,Amount,Delta"));
        if (!txn.ok()) {
            return new Views.Plot(account, "", List.of(), null, txn.code() + " " + txn.message());
        }
        TreeMap<String, BigDecimal> deltaPerDay = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> usage = new TreeMap<>();
        for (Map<String, String> row : txn.rows()) {
            String time = Portal.v(row, "CreationTime");
            if (time.length() < 10) {
                continue;
            }
            String day = time.substring(0, 10);
            deltaPerDay.merge(day, number(Portal.v(row, "Delta")), BigDecimal::add);
            if (Portal.v(row, "Object").equals("Job") && Portal.v(row, "Action").equals("Charge")) {
                usage.computeIfAbsent(day.substring(0, 7), k -> new TreeMap<>())
                        .merge(Portal.v(row, "User"), number(Portal.v(row, "Amount")), BigDecimal::add);
            }
        }
        List<Map.Entry<String, String>> points = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : deltaPerDay.entrySet()) {
            running = running.add(e.getValue());
            values.add(running);
            points.add(Map.entry(e.getKey(), running.toPlainString()));
        }
        List<Map<String, String>> usageRows = new ArrayList<>();
        usage.forEach((month, users) -> users.forEach((user, amount) -> {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("Month", month);
            r.put("User", user);
            r.put("Charged", amount.toPlainString());
            usageRows.add(r);
        }));
        String message = points.isEmpty() ? "Account " + account + " has no journal entries." : "";
        return new Views.Plot(account, points.isEmpty() ? "" : svg(account, points, values), points,
                Portal.page(usageRows, 1), message);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** The chart; every text in it is a date or a number, so nothing needs escaping beyond the account id. */
    static String svg(String account, List<Map.Entry<String, String>> points, List<BigDecimal> values) {
        double min = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double max = Math.max(0, values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0));
        if (max == min) {
            max = min + 1;
        }
        int n = points.size();
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\" aria-label=\"Balance of account ")
                .append(account).append(" over time\" id=\"balance-plot\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(W).append("\" height=\"").append(H).append("\" fill=\"#fff\"/>");
        double zeroY = TOP + plotH * (max - 0) / (max - min);
        svg.append(line(LEFT, TOP, LEFT, TOP + plotH, "#888"));
        svg.append(line(LEFT, zeroY, W - RIGHT, zeroY, "#bbb"));
        svg.append(text(LEFT - 6, TOP + 4, "end", fmt(max)));
        svg.append(text(LEFT - 6, TOP + plotH + 4, "end", fmt(min)));
        StringBuilder poly = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = TOP + plotH * (max - values.get(i).doubleValue()) / (max - min);
            poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT,
                    "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#283a5b\"><title>%s: %s</title></circle>",
                    x, y, points.get(i).getKey(), points.get(i).getValue()));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#d19a0f\" stroke-width=\"2\" points=\"").append(poly.toString().strip()).append("\"/>");
        svg.append(dots);
        svg.append(text(LEFT, H - 12, "start", points.get(0).getKey()));
        if (n > 1) {
            svg.append(text(W - RIGHT, H - 12, "end", points.get(n - 1).getKey()));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String color) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                x1, y1, x2, y2, color);
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#333\">%s</text>", x, y, anchor, s);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
