/// Notes and sets of a project an interactive tool made (REFI-QDA `Notes`, `Sets`): kept with the codebook because
/// they name its codes, and because the codebook is what reaches the REFI-QDA export, which writes them back.
extension Codebook {
    /// A note (memo) and the codes and interviews the project attached it to.
    public struct Note: Hashable, Sendable {
        public var name: String
        public var text: String
        /// Code ids.
        public var codes: [String]
        /// Interview ids.
        public var interviews: [String]
        /// The 1-based line in the codebook file, for messages.
        public var line: Int

        public init(name: String, text: String, codes: [String] = [], interviews: [String] = [], line: Int = 0) {
            self.name = name
            self.text = text
            self.codes = codes
            self.interviews = interviews
            self.line = line
        }
    }

    /// A set: a named grouping of codes and interviews.
    public struct Grouping: Hashable, Sendable {
        public var name: String
        public var description: String
        /// Code ids.
        public var codes: [String]
        /// Interview ids.
        public var interviews: [String]
        /// The 1-based line in the codebook file, for messages.
        public var line: Int

        public init(name: String, description: String = "", codes: [String] = [], interviews: [String] = [], line: Int = 0) {
            self.name = name
            self.description = description
            self.codes = codes
            self.interviews = interviews
            self.line = line
        }
    }
}
