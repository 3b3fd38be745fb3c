import ArgumentParser
import ChronicleKit

#if canImport(Glibc)
  import Glibc
#endif

/// The `chronicle` command: news text in, sentences, entities, times and a timeline out.
@main
struct ChronicleCLI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chronicle",
    abstract: "Turn news text into sentences, entities and a timeline of dated events.",
    discussion: """
      Input: text files, directories of *.txt files, JSON Lines ({"id", "text", "date"}) or \
      standard input. Output: JSON, JSON Lines or CSV, offsets in Unicode code points unless \
      --offsets says otherwise; or --format html, one self-contained report page.

      Exit status: 0 when every document was processed, 1 when some input or document failed \
      (each is reported on standard error with its location), 2 for a usage or configuration error.

      Environment: CHRONICLE_CACHE=DIR moves the cache of compiled gazetteers and lexicons \
      (CHRONICLE_CACHE=off disables it); CHRONICLE_HUGE_PAGES=0 stops the command from asking \
      Linux for huge pages for its tables (see README).
      """,
    subcommands: [Extract.self, Sentences.self, Entities.self, Times.self, TimelineCommand.self, Merge.self])

  /// Runs the command with Chronicle's exit codes: usage and configuration errors exit with 2.
  static func main() {
    HugePages.enableIfUseful()
    signal(SIGPIPE, SIG_IGN)
    // SIGINT stops reading at the next document; what was processed is written out whole.
    // A second SIGINT ends the process at once. No SA_RESTART: a blocked read returns.
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interruption.request()
      signal(SIGINT, SIG_DFL)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    // A parent may have left SIGINT blocked; unblock it so the handler runs.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    do {
      var command = try parseAsRoot()
      if var documents = command as? DocumentCommand {
        let code = try documents.runDocuments()
        _exit(code)
      }
      try command.run()
    } catch let error as ConfigurationError {
      Console.error(error.message)
      _exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)
      }
      Console.write(fullMessage(for: error) + "\n")
      _exit(2)
    }
  }
}

/// A command that processes documents and reports its own exit code.
protocol DocumentCommand: ParsableCommand {
  mutating func runDocuments() throws -> Int32
}
