import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle, whenPresented } from "./when-presented";

type Entry = { identifier: string; element: { isConnected: boolean } | null };

/** A stand-in for the browser's PerformanceObserver that the test feeds entries to. */
function stubObserver() {
  const observers: { callback: (list: { getEntries: () => Entry[] }) => void; connected: boolean }[] = [];
  class FakeObserver {
    private record: (typeof observers)[number];
    constructor(callback: (list: { getEntries: () => Entry[] }) => void) {
      this.record = { callback, connected: false };
      observers.push(this.record);
    }
    observe() {
      this.record.connected = true;
    }
    disconnect() {
      this.record.connected = false;
    }
  }
  vi.stubGlobal("PerformanceObserver", FakeObserver);
  return {
    report: (...entries: Entry[]) =>
      observers.filter((o) => o.connected).forEach((o) => o.callback({ getEntries: () => entries })),
    observing: () => observers.some((o) => o.connected),
  };
}

const onScreen = (identifier: string): Entry => ({ identifier, element: { isConnected: true } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("whenPresented", () => {
  it("calls back once the named element is on screen, and stops observing", () => {
    const browser = stubObserver();
    const callback = vi.fn();
    whenPresented("headline", callback);
    browser.report(onScreen("headline"));
    expect(callback).toHaveBeenCalledTimes(1);
    expect(browser.observing()).toBe(false);
  });

  it("ignores other elements, and elements an earlier page of the visit has removed", () => {
    const browser = stubObserver();
    const callback = vi.fn();
    whenPresented("headline", callback);
    browser.report(onScreen("something-else"), { identifier: "headline", element: null });
    browser.report({ identifier: "headline", element: { isConnected: false } });
    expect(callback).not.toHaveBeenCalled();
    expect(browser.observing()).toBe(true);
  });

  it("never calls back once cancelled", () => {
    const browser = stubObserver();
    const callback = vi.fn();
    whenPresented("headline", callback)();
    browser.report(onScreen("headline"));
    expect(callback).not.toHaveBeenCalled();
  });
});

describe("whenIdle", () => {
  it("falls back to a short timer where the browser has no requestIdleCallback (Safari)", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestIdleCallback", undefined);
    const callback = vi.fn();
    whenIdle(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it("never calls back once cancelled", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestIdleCallback", undefined);
    const callback = vi.fn();
    whenIdle(callback)();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
  });
});
