/** Keys for values kept in `TurnContext.turnState` during one turn. */
export const TURN_LANGUAGE = Symbol('veiviser.turnLanguage');
