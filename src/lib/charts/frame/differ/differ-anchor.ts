/** The anchor of a group's "Sources differ" list on its page, which the charts' markers link to. */
export const differAnchor = (groupId: string): string => `differ-${groupId}`;
