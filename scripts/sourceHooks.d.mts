// scripts/sourceHooks.mjs is imported for its effect only (it registers module hooks).
export {}
