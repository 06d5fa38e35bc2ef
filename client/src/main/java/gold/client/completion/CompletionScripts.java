package gold.client.completion;

import gold.client.OptionSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the bash and zsh completion of the Gold programs, generated from the option tables the programs
 * parse with. Run at build time (dist/assemble.sh):
 * {@code CompletionScripts DIR [PROGRAM=CLASS ...]} writes DIR/gold.bash and DIR/_gold for every g*
 * command plus each PROGRAM whose CLASS has a {@code public static final List<String> OPTIONS} table
 * (Getopt-style specs: goldd, gold_init, and the programs of other modules) or a
 * {@code public static OptionSet options()} (goldsh).
 * <p>User, project and machine names come from a per-user cache (~/.cache/gold/users, projects,
 * machines), filled in the background by glsuser/glsproject/glsmachine when missing or older than ten
 * minutes, so a completion never waits for the server.
 */
public final class CompletionScripts {
    private CompletionScripts() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length < 1) {
            System.err.println("usage: CompletionScripts DIR [PROGRAM=CLASS ...]");
            System.exit(2);
        }
        List<CompletedProgram> programs = new ArrayList<>(CompletedProgram.commands());
        for (int i = 1; i < args.length; i++) {
            String[] pc = args[i].split("=", 2);
            programs.add(program(pc[0], Class.forName(pc[1])));
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        Files.writeString(dir.resolve("gold.bash"), bash(programs));
        Files.writeString(dir.resolve("_gold"), zsh(programs));
    }

    /** A program's table: a Getopt-style {@code OPTIONS} list, or the {@link OptionSet} of a static {@code options()}. */
    private static CompletedProgram program(String name, Class<?> main) throws ReflectiveOperationException {
        try {
            @SuppressWarnings("unchecked")
            List<String> table = (List<String>) main.getField("OPTIONS").get(null);
            return CompletedProgram.of(name, table);
        } catch (NoSuchFieldException e) {
            OptionSet set = (OptionSet) main.getMethod("options").invoke(null);
            return new CompletedProgram(name, set.specs().stream().map(CompletedOption::of).toList());
        }
    }

    /** The names cache, shared by both shells (POSIX sh inside a function body). */
    private static final String NAMES = """
            # _gold_names user|project|machine: the names from the local cache, which is refreshed in the
            # background (never waited for) when missing or older than ten minutes.
            _gold_names() {
                local dir="${XDG_CACHE_HOME:-$HOME/.cache}/gold"
                local file="$dir/${1}s"
                if [ ! -s "$file" ] || [ -n "$(find "$file" -mmin +10 2>/dev/null)" ]; then
                    ( (mkdir -p "$dir" && gls$1 --show Name --quiet --raw >"$file.$$" 2>/dev/null \\
                        && mv -f "$file.$$" "$file" || rm -f "$file.$$") </dev/null >/dev/null 2>&1 & )
                fi
                [ -s "$file" ] && cat "$file"
            }
            """;

    static String bash(List<CompletedProgram> programs) {
        StringBuilder sb = new StringBuilder("""
                # Bash completion of the Gold programs, generated at build time from their option tables
                # (CompletionScripts). Source it, or install it where bash-completion looks.
                """).append(NAMES).append("""
                # _gold_complete OPTION-WORDS VALUE-OPTIONS: options after "-", and the value of the option before
                # the cursor (VALUE-OPTIONS: word=user|project|machine|free|choice:a,b,c ...)
                _gold_complete() {
                    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" kind="" v
                    [ "$COMP_CWORD" -gt 0 ] && prev="${COMP_WORDS[COMP_CWORD-1]}"
                    for v in $2; do [ "${v%%=*}" = "$prev" ] && kind="${v#*=}"; done
                    case "$kind" in
                        user|project|machine) COMPREPLY=($(compgen -W "$(_gold_names "$kind")" -- "$cur")) ;;
                        choice:*) v="${kind#choice:}"; COMPREPLY=($(compgen -W "${v//,/ }" -- "$cur")) ;;
                        free) COMPREPLY=() ;;
                        *) case "$cur" in -*) COMPREPLY=($(compgen -W "$1" -- "$cur")) ;; *) COMPREPLY=() ;; esac ;;
                    esac
                }
                """);
        for (CompletedProgram p : programs) {
            String fn = "_gold_" + p.name().replaceAll("[^A-Za-z0-9_]", "_");
            sb.append(fn).append("() { _gold_complete '").append(optionWords(p)).append("' '").append(valueOptions(p))
                    .append("'; }\ncomplete -F ").append(fn).append(' ').append(p.name()).append('\n');
        }
        return sb.toString();
    }

    static String zsh(List<CompletedProgram> programs) {
        StringBuilder sb = new StringBuilder("#compdef ")
                .append(programs.stream().map(CompletedProgram::name).collect(Collectors.joining(" "))).append('\n')
                .append("""
                # Zsh completion of the Gold programs, generated at build time from their option tables
                # (CompletionScripts). Put this file on $fpath before compinit.
                """).append(NAMES).append("""
                # _gold_complete VALUE-OPTIONS OPTION:DESCRIPTION...: the value of the option before the cursor
                # (word=user|project|machine|free|choice:a,b,c), else the options with their help lines
                _gold_complete() {
                    local kind="" v prev="${words[CURRENT-1]}"
                    for v in ${(s: :)1}; do [[ "${v%%=*}" == "$prev" ]] && kind="${v#*=}"; done
                    shift
                    local -a opts; opts=("$@")
                    case "$kind" in
                        user|project|machine) compadd -- ${(f)"$(_gold_names $kind)"} ;;
                        choice:*) compadd -- ${(s:,:)${kind#choice:}} ;;
                        free) _default ;;
                        *) [[ "$PREFIX" == -* ]] && _describe -t options option opts ;;
                    esac
                }
                case "$service" in
                """);
        for (CompletedProgram p : programs) {
            sb.append("    ").append(p.name()).append(") _gold_complete '").append(valueOptions(p)).append('\'');
            for (CompletedOption o : p.options()) {
                for (String w : o.words()) {
                    sb.append(" '").append(quote(w.replace(":", "\\:") + (o.description().isEmpty() ? "" : ":" + o.description())))
                            .append('\'');
                }
            }
            sb.append(" ;;\n");
        }
        return sb.append("esac\n").toString();
    }

    private static String optionWords(CompletedProgram p) {
        return p.options().stream().flatMap(o -> o.words().stream()).collect(Collectors.joining(" "));
    }

    private static String valueOptions(CompletedProgram p) {
        List<String> out = new ArrayList<>();
        for (CompletedOption o : p.options()) {
            if (o.value() == CompletedOption.Value.NONE) {
                continue;
            }
            String kind = switch (o.value()) {
                case USER -> "user";
                case PROJECT -> "project";
                case MACHINE -> "machine";
                case CHOICE -> "choice:" + String.join(",", o.choices());
                default -> "free";
            };
            o.words().forEach(w -> out.add(w + "=" + kind));
        }
        return String.join(" ", out);
    }

    /** Inside single quotes: ' becomes '\''. */
    private static String quote(String s) {
        return s.replace("'", "'\\''");
    }
}
