import Foundation
import ThematicTestSupport

/// The scaffold test's scenario as one shell script: scaffold a stage and an importer in the package, build, run
/// them, then a stage in a package of its own built against it. Each step's output lands in `results/<step>.txt`
/// for the test to read.
///
/// One script rather than a command at a time so it can run inside a mount namespace (`unshare`): there the
/// package's own folder — `.build` included — is seen through an overlay whose writes go to a tmpfs, so the
/// scaffolded package is built at the checkout's own path and SwiftPM reuses every product `make test` just built
/// (it keys its commands on absolute paths); only what the scaffold adds and what depends on it compiles, and the
/// checkout itself is never written. Where namespaces or overlays are not allowed, the same script runs in a copy of
/// the package (`ScaffoldWorkspace`), which costs a build of the whole package the first time.
enum ScaffoldScenario {
    /// Exit status of the overlay preamble when this system cannot mount one: the test then uses the copy.
    static let overlayUnavailable: Int32 = 77

    /// The command the scenario runs under: a user, mount and PID namespace of its own, whose processes all end
    /// with it (`--kill-child` ends its first, and with it the namespace), and which itself ends with the test
    /// process (`setpriv --pdeathsig`): a test killed midway leaves no build running with its overlay in memory. Its
    /// own /proc (`--mount-proc`): SwiftPM's build-tool plugins fail with the /proc of the processes outside.
    static let namespace = ["setpriv", "--pdeathsig", "KILL", "unshare", "--user", "--map-root-user", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc"]

    /// `path` as one folder in an overlay's mount options, where commas separate options and colons lower folders.
    static func overlayOption(_ path: String) -> String {
        path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ":", with: "\\:")
    }

    static func script(package: URL, outside: URL, results: URL, overlayScratch: URL?) -> String {
        var lines = ["set -euo pipefail", "PKG=\(quoted(package.path))", "OUTSIDE=\(quoted(outside.path))", "R=\(quoted(results.path))"]
        if let scratch = overlayScratch {
            lines += [
                "S=\(quoted(scratch.path))",
                "mount -t tmpfs thematic-scaffold \"$S\" 2>/dev/null || exit \(overlayUnavailable)",
                "mkdir \"$S/upper\" \"$S/work\" \"$S/tmp\"",
                // SwiftPM locks a build folder with a file in the temporary folder named after its path, which the
                // `swift test` running this holds: the namespace's builds take their own.
                "export TMPDIR=\"$S/tmp\"",
                // userxattr: the overlay's own marks go in user.* attributes, which a namespace may set on a tmpfs;
                // without them it cannot rename a folder it holds, and publishing an output is such a rename.
                "mount -t overlay thematic-scaffold -o \(quoted("lowerdir=\(overlayOption(package.path)),upperdir=\(overlayOption(scratch.path))/upper,workdir=\(overlayOption(scratch.path))/work,userxattr")) \"$PKG\" 2>/dev/null || exit \(overlayUnavailable)",
            ]
        }
        lines += [
            // step NAME COMMAND…: runs the command, keeps its output, and names the step when it fails.
            "step() { local name=$1; shift; if ! \"$@\" > \"$R/$name.txt\" 2>&1; then echo \"step '$name' failed: $*\"; tail -c 4000 \"$R/$name.txt\"; exit 1; fi; }",
            "cd \"$PKG\"",
            "step new-stage swift package --allow-writing-to-package-directory new-stage TurnCounts",
            "cp Package.swift \"$R/Package.after-stage.swift\"",
            "[ -f Tests/Stages/TurnCounts/TurnCountsTests.swift ] && touch \"$R/stage-tests-written\"",
            "step new-importer swift package --allow-writing-to-package-directory new-importer TabSeparated",
            "cp Package.swift \"$R/Package.after-importer.swift\"",
            "step build swift build --product thematic",
            "step stages .build/debug/thematic stages",
            "step importers .build/debug/thematic importers",
            "printf 'I\\tHow did you become a champion?\\nP1\\tMy manager asked me (laughs).\\nI\\tAnd then?\\nP1\\tI said yes.\\n' > talk.tabseparated",
            "rm -rf imported scaffold-out outside-out",
            "step import .build/debug/thematic import --out imported talk.tabseparated",
            "printf 'study: study.yaml\\ntranscripts: [transcripts/*.xml]\\nstages:\\n  - turn-counts\\noutput: ../../scaffold-out\\n' > Fixtures/tech-champions/scaffold.yaml",
            "step analyze .build/debug/thematic analyze Fixtures/tech-champions/scaffold.yaml",
            "cp scaffold-out/turn-counts.csv \"$R/turn-counts.csv\"",
            "rm -rf \"$OUTSIDE\"",
            "step new-package swift package --allow-writing-to-package-directory new-stage --package WordCounts \"$OUTSIDE\"",
            // Built in the package's build folder with its pins: the dependencies and Thematic's own modules are
            // reused (the same sources at the same paths), so only the new package's targets compile.
            "if [ -f Package.resolved ]; then cp Package.resolved \"$OUTSIDE/Package.resolved\"; fi",
            "(cd \"$OUTSIDE\" && step outside-build swift build --scratch-path \"$PKG/.build\" --product thematic-word-counts)",
            "step outside-stages .build/debug/thematic-word-counts stages",
            "printf 'study: study.yaml\\ntranscripts: [transcripts/*.xml]\\nstages:\\n  - anonymization\\n  - word-counts\\noutput: ../../outside-out\\n' > Fixtures/tech-champions/outside.yaml",
            "step outside-analyze .build/debug/thematic-word-counts analyze Fixtures/tech-champions/outside.yaml",
            "cp outside-out/word-counts.csv \"$R/word-counts.csv\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
