/**
 * Inner HTML for an element whose content plain DOM code owns, before and
 * after hydration (a results panel, a status region, a slot the
 * hydrate-on-intent loader fills): React neither checks such content when it
 * hydrates nor touches it afterwards, as long as it gets this same object on
 * every render (a new `{__html: ''}` each render would empty the element).
 */
export const LEFT_TO_THE_DOM = {__html: ''} as const;
