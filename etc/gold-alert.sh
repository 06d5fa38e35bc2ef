#!/bin/sh
# Sample alert command for goldd (server.alert.command in goldd.conf). goldd runs it once per site
# event, one at a time and in order, with the event in its environment:
#   GOLD_ALERT_EVENT     primary_changed | guard_refusing_writes | guard_allowing_writes |
#                        worker_replaced | commit_outcome_unknown
#   GOLD_ALERT_TIME      when it happened (ISO-8601, UTC)
#   GOLD_ALERT_HOST      the goldd host
#   GOLD_ALERT_DETAIL    one line of detail (hosts, worker pids, the request of a 250)
#   GOLD_ALERT_SEQUENCE  1, 2, ... since goldd started
# It is killed after server.alert.timeout (30 s); a non-zero exit is logged in goldd's log.
# Set GOLD_ALERT_MAILTO and/or GOLD_ALERT_WEBHOOK below (or in goldd's environment).
MAILTO=${GOLD_ALERT_MAILTO:-}
WEBHOOK=${GOLD_ALERT_WEBHOOK:-}

subject="gold on $GOLD_ALERT_HOST: $GOLD_ALERT_EVENT"
body="$GOLD_ALERT_TIME $GOLD_ALERT_HOST #$GOLD_ALERT_SEQUENCE $GOLD_ALERT_EVENT: $GOLD_ALERT_DETAIL"
status=0

if [ -n "$MAILTO" ]; then
    printf '%s\n' "$body" | mail -s "$subject" "$MAILTO" || status=1
fi

if [ -n "$WEBHOOK" ]; then
    # JSON-escape the free text (backslashes and quotes; the detail is one line)
    json=$(printf '%s' "$body" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')
    curl --silent --show-error --fail --max-time 20 -H 'Content-Type: application/json' \
        --data "{\"text\": \"$json\", \"event\": \"$GOLD_ALERT_EVENT\", \"host\": \"$GOLD_ALERT_HOST\"}" \
        "$WEBHOOK" >/dev/null || status=1
fi

if [ -z "$MAILTO" ] && [ -z "$WEBHOOK" ]; then
    logger -t gold-alert -p daemon.warning -- "$body" 2>/dev/null || printf '%s\n' "$body" >&2
fi
exit $status
