/**
 * An empty object to fill with many distinct ids as keys (participants,
 * mentors). V8 gives a plain `{}` a new hidden class for each key added, and
 * for a cohort's hundreds of new ids that cost more than the rest of the
 * work; an object without a prototype is a hash table from the start. It
 * also inherits nothing, so an id such as `constructor` is just another key.
 */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
