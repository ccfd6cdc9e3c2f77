/**
 * Live event subscriptions, grouped by the page (webContents id) that made them, so that all
 * of a page's subscriptions end when it reloads or closes.
 */
export class SubscriptionRegistry {
  private readonly byOwner = new Map<number, Map<string, () => void>>();

  add(owner: number, subscriptionId: string, unsubscribe: () => void): void {
    let subscriptions = this.byOwner.get(owner);
    if (!subscriptions) {
      subscriptions = new Map();
      this.byOwner.set(owner, subscriptions);
    }
    // A repeated id replaces the old subscription instead of leaking it.
    subscriptions.get(subscriptionId)?.();
    subscriptions.set(subscriptionId, unsubscribe);
  }

  remove(owner: number, subscriptionId: string): void {
    const subscriptions = this.byOwner.get(owner);
    subscriptions?.get(subscriptionId)?.();
    subscriptions?.delete(subscriptionId);
  }

  removeOwner(owner: number): void {
    for (const unsubscribe of this.byOwner.get(owner)?.values() ?? []) unsubscribe();
    this.byOwner.delete(owner);
  }
}
