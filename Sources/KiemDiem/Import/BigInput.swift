/// A big input: a file of `threshold` bytes or more (a CSV file or workbook to load, a workspace
/// to open). A workspace that big is read into huge pages (`ReadOnceFile`). Until stop 46 kd
/// also switched jemalloc to huge pages at the first big input; that wrapped jemalloc's extent
/// hooks and could hang the shell for good (CMallocConf.h says how), so it is gone.
public enum BigInput {
    /// A province's roster is about 8 MB (100,000 members), a ward's under 0.5 MB.
    public static let threshold = 4 << 20
}
