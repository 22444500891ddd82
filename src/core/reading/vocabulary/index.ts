/**
 * Every word list the reader uses, each defined once; patterns are built from them. All lower case
 * (compare with `foldKey`) unless a list says otherwise.
 */
export * from './bodies-and-places';
export * from './common-words';
export * from './function-words';
export * from './gender';
export * from './given-names';
export * from './outlets';
export * from './role-nouns';
export * from './speech-verbs';
export * from './titles';
export * from './words';
