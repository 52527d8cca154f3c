import Foundation
import KiemDiem

/// One `save` at a time into a folder, across kd processes: an advisory lock (flock) on the
/// folder, held from the check of what is on disk to the rename. Without it two sessions saving
/// one file both passed the changed-on-disk check, both said "saved", and one session's work was
/// in no file (persistence audit: 35 of 40 trials); two saving new workspaces over one file both
/// kept the same old file aside and lost one of the new ones.
/// Where the folder cannot be locked (a file system without flock), the save goes on as before.
struct SaveLock {
    private let fd: Int32

    /// Waits for another kd saving in the folder of `path` (said once after a second); Ctrl-C
    /// stops the wait, and nothing is saved.
    static func take(for path: String, _ s: Session) throws -> SaveLock {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let fd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return SaveLock(fd: -1) }
        let start = DispatchTime.now().uptimeNanoseconds
        var said = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { break }  // no locks here: unlocked, as before
            if !said && DispatchTime.now().uptimeNanoseconds - start > 1_000_000_000 {
                s.warn(ShellText.waitingForSave(s.displayPath(dir.isEmpty ? "." : dir)))
                said = true
            }
            do { try s.checkInterrupt(saying: ShellText.saveWaitInterrupted) } catch {
                close(fd)
                throw error
            }
            usleep(20_000)
        }
        return SaveLock(fd: fd)
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}

extension ShellText {
    static func waitingForSave(_ dir: String) -> Message {
        m("note: waiting for another kd that is saving in \(dir)", "lưu ý: đang chờ một kd khác đang lưu trong \(dir)")
    }
    static let saveWaitInterrupted = m("interrupted while waiting for another kd's save; nothing was saved",
                                       "đã dừng khi chờ kd khác lưu; chưa lưu gì")
}
