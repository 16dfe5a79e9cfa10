/**
 * A derived value computed once per owner object (the portal model, one of its lists) and kept as
 * long as the owner lives. The model is never changed once built, so what is derived from it holds.
 * Per-unit lookups go through such an index: at 1,616 units, filtering every list once per unit
 * page made the province-scale build quadratic (issue 18).
 * @example
 * const postsByUnit = memoized((posts: readonly Post[]) => Map.groupBy(posts, (post) => post.unit));
 * postsByUnit(model.publishedPosts).get('phuong-tran-phu'); // computed on the first call only
 */
export function memoized<Owner extends object, Value>(derive: (owner: Owner) => Value): (owner: Owner) => Value {
  const values = new WeakMap<Owner, Value>();
  return (owner) => {
    if (values.has(owner)) return values.get(owner) as Value;
    const value = derive(owner);
    values.set(owner, value);
    return value;
  };
}
