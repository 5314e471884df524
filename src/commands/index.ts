/** Commands: help and language choice, in every language and from the Teams command menu. */
export { createCommandsFeature, sendHelp, type CommandsFeatureDeps } from './commands-feature';
export { commandRecognizer } from './command-recognizer';
export { commandIntentSchemas, type ChooseLanguageIntent, type HelpIntent } from './intents';
