package gold.server.bank;

/** One ChargeRate (or QuotationChargeRate) row: Type Resource prices a consumable, any other Type is a multiplier family. */
public record Rate(String type, String name, double rate) {
    public static final String RESOURCE = "Resource";
}
