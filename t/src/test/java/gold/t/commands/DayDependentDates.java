package gold.t.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the dates that depend on the day a test runs, and only those: in the named columns of a
 * table (located by the rule line under each header) or of raw output (located by the header's
 * '|' fields), every {@code YYYY-MM-DD[ hh:mm:ss]} has its digits replaced by '#', so the layout is
 * still compared; "Generated on" masks the report line {@code # Generated on <ctime>.}.
 */
final class DayDependentDates {
    private static final Pattern RULE = Pattern.compile("(-+ )+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d( \\d\\d:\\d\\d:\\d\\d)?");
    private static final Pattern DASHES = Pattern.compile("-+");

    private DayDependentDates() {
    }

    static String mask(String text, Set<String> columns) {
        if (columns.isEmpty()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int[][] spans = null;
        boolean[] rawFields = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            boolean ruleNext = i + 1 < lines.length && RULE.matcher(lines[i + 1]).matches();
            if (columns.contains("Generated on") && l.startsWith("# Generated on ")) {
                lines[i] = "# Generated on (date).";
            } else if (i == 0 && l.contains("|") && !ruleNext) {
                String[] names = l.split("\\|", -1);
                rawFields = new boolean[names.length];
                for (int f = 0; f < names.length; f++) {
                    rawFields[f] = columns.contains(names[f]);
                }
            } else if (rawFields != null) {
                String[] fields = l.split("\\|", -1);
                for (int f = 0; f < fields.length && f < rawFields.length; f++) {
                    if (rawFields[f]) {
                        fields[f] = digits(fields[f]);
                    }
                }
                lines[i] = String.join("|", fields);
            } else if (ruleNext) {
                spans = spansOf(l, lines[i + 1], columns);
            } else if (l.isEmpty()) {
                spans = null;
            } else if (spans != null && !RULE.matcher(l).matches()) {
                lines[i] = maskSpans(l, spans);
            }
        }
        return String.join("\n", lines);
    }

    private static int[][] spansOf(String header, String rule, Set<String> columns) {
        Matcher m = DASHES.matcher(rule);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            String name = header.substring(Math.min(m.start(), header.length()), Math.min(m.end(), header.length()));
            if (columns.contains(name.strip())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans.toArray(new int[0][]);
    }

    private static String maskSpans(String line, int[][] spans) {
        StringBuilder sb = new StringBuilder(line);
        for (int[] s : spans) {
            if (s[0] >= line.length()) {
                continue;
            }
            int end = Math.min(s[1], line.length());
            sb.replace(s[0], end, digits(line.substring(s[0], end)));
        }
        return sb.toString();
    }

    private static String digits(String text) {
        Matcher m = DATE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group().replaceAll("\\d", "#"));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
