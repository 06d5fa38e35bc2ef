package gold.protocol;

/** The {@code Status/Value} of a response: 0xx codes are Success, 1xx Warning, everything else Failure. */
public enum Status {
    Success, Warning, Failure;

    public static Status forCode(String code) {
        if (code.startsWith("0")) {
            return Success;
        }
        return code.startsWith("1") ? Warning : Failure;
    }
}
