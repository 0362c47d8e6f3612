import ThematicBuiltInImporters
import ThematicBuiltInStages
import ThematicCLI

ThematicCommand.main(stages: BuiltInStages.all, importers: BuiltInImporters.all)
