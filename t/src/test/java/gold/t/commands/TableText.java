package gold.t.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the records of a cooked table: the rule line under the header gives
 * each column's start and width; every later line ending in a blank (as every table line does) is
 * one record whose values are the trimmed text in those spans; the other lines are the message.
 */
final class TableText {
    private static final Pattern DASHES = Pattern.compile("-+");

    private TableText() {
    }

    static List<Map<String, String>> records(String table) {
        String[] lines = table.split("\n");
        List<Map<String, String>> records = new ArrayList<>();
        if (lines.length < 2) {
            return records;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = DASHES.matcher(lines[1]);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            names.add(cut(lines[0], m.start(), m.end()));
        }
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].endsWith(" ")) {
                continue;
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < spans.size(); c++) {
                record.put(names.get(c), cut(lines[i], spans.get(c)[0], spans.get(c)[1]));
            }
            records.add(record);
        }
        return records;
    }

    /** The lines after the table that are not records: the response message. */
    static String message(String table) {
        StringBuilder sb = new StringBuilder();
        String[] lines = table.split("\n");
        for (int i = 2; i < lines.length; i++) {
            if (!lines[i].endsWith(" ")) {
                sb.append(lines[i]).append('\n');
            }
        }
        return sb.toString();
    }

    private static String cut(String line, int from, int to) {
        return from >= line.length() ? "" : line.substring(from, Math.min(to, line.length())).strip();
    }
}
