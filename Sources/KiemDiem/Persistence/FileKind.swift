import Foundation

/// Whether a path names a folder: the readers say "is a folder" rather than "cannot read".
public func isFolder(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
}
