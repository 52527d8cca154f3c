public enum KDVersion {
    public static let string = "0.1.0"
}
