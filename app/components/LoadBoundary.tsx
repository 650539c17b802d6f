"use client";

import { Component, type ReactNode } from "react";
import { useI18n } from "./i18n";

/**
 * Around a part of the page that comes in a chunk of its own (the charts, the result panels, the
 * sensitivity views): if the chunk cannot be fetched (the connection dropped after the page opened),
 * that part says so and offers a reload; the rest of the page keeps working. The scenario is in the
 * address, so a reload loses nothing.
 */
export default class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const { m } = useI18n();
  return (
    <div className="notice warn with-action" role="alert" data-testid="part-failed">
      <p>{m.partFailed}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {m.reload}
      </button>
    </div>
  );
}
