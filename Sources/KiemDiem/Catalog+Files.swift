import Foundation

extension Catalog {
    /// Why a write failed, from errno, in both languages for the reasons people meet.
    public static func cannotWrite(_ p: String, errno e: Int32) -> Message {
        switch e {
        case EACCES, EPERM: return cannotWrite(p, m("permission denied", "không có quyền ghi"))
        case ENOENT: return cannotWrite(p, m("the folder does not exist", "thư mục không tồn tại"))
        case ENOTDIR: return cannotWrite(p, m("part of the path is not a folder", "một phần của đường dẫn không phải thư mục"))
        case EISDIR: return cannotWrite(p, m("it is a folder", "đó là thư mục"))
        case ENOSPC, EDQUOT: return cannotWrite(p, m("the disk is full", "ổ đĩa đã đầy"))
        case EROFS: return cannotWrite(p, m("the disk is read-only", "ổ đĩa chỉ cho đọc"))
        default: return cannotWrite(p, String(cString: strerror(e)))
        }
    }
}
