import ThematicBuiltInStages
import ThematicCLI

ThematicCommand.main(stages: BuiltInStages.all)
