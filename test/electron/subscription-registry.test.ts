import { describe, expect, it, vi } from 'vitest';
import { SubscriptionRegistry } from '../../src/main/electron/subscription-registry';

describe('SubscriptionRegistry', () => {
  it('removes one subscription of one page', () => {
    const registry = new SubscriptionRegistry();
    const a = vi.fn();
    const b = vi.fn();
    registry.add(1, 's1', a);
    registry.add(2, 's1', b);
    registry.remove(1, 's1');
    registry.remove(1, 's1');
    expect(a).toHaveBeenCalledOnce();
    expect(b).not.toHaveBeenCalled();
  });

  it('removes all of a page’s subscriptions when it goes away', () => {
    const registry = new SubscriptionRegistry();
    const [a, b, other] = [vi.fn(), vi.fn(), vi.fn()];
    registry.add(1, 's1', a);
    registry.add(1, 's2', b);
    registry.add(2, 's1', other);
    registry.removeOwner(1);
    registry.removeOwner(1);
    expect(a).toHaveBeenCalledOnce();
    expect(b).toHaveBeenCalledOnce();
    expect(other).not.toHaveBeenCalled();
  });

  it('ends a subscription that is replaced under the same id', () => {
    const registry = new SubscriptionRegistry();
    const first = vi.fn();
    const second = vi.fn();
    registry.add(1, 's1', first);
    registry.add(1, 's1', second);
    expect(first).toHaveBeenCalledOnce();
    registry.remove(1, 's1');
    expect(second).toHaveBeenCalledOnce();
  });

  it('ignores unknown pages and ids', () => {
    const registry = new SubscriptionRegistry();
    expect(() => {
      registry.remove(9, 'nope');
      registry.removeOwner(9);
    }).not.toThrow();
  });
});
