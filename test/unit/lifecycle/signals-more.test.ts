// The remaining branches of the signal modules: ties and inactive rows in the reason mapping, roll-up decisions in a
// dry run and at depth, the payload fallbacks, and the signal helpers used by the adapters.
import {
  churnTypeOfReason,
  describeReasonMapping,
  reasonText,
} from "../../../src/server/lifecycle/reasons";
import type { ReasonMapping } from "../../../src/server/lifecycle/reasons";
import {
  chainStopKey,
  decideChainStop,
  decideRollup,
  rollupEnabled,
  rollupKey,
  rollupTarget,
} from "../../../src/server/lifecycle/rollup";
import {
  describeSignals,
  explainPending,
  factsToRead,
  hasMovement,
  isPrimaryEvent,
} from "../../../src/server/lifecycle/signals";
import {
  isoTime,
  outboundEventsOf,
  serializePayload,
} from "../../../src/server/lifecycle/outbound";
import type { Decision } from "../../../src/server/lifecycle/model";
import { account, event, rule } from "./fixtures";

const mapping = (overrides: Partial<ReasonMapping>): ReasonMapping => ({
  id: "m",
  reason: "x",
  match: "exact",
  churnType: "voluntary",
  order: 100,
  active: true,
  ...overrides,
});

describe("reason mapping ties and words", () => {
  it("breaks order ties by reason text, then id; skips blank texts", () => {
    const mappings = [
      mapping({
        id: "b",
        reason: "late",
        match: "contains",
        churnType: "involuntary",
      }),
      mapping({
        id: "a",
        reason: "late",
        match: "contains",
        churnType: "voluntary",
      }),
      mapping({
        id: "c",
        reason: "a late",
        match: "contains",
        churnType: "migration",
      }),
      mapping({
        id: "d",
        reason: "  ",
        match: "contains",
        churnType: "other",
        order: 1,
      }),
    ];
    expect(churnTypeOfReason("very late", mappings)).toBe("voluntary");
    expect(churnTypeOfReason("a late one", mappings)).toBe("migration");
    expect(describeReasonMapping(mappings[0])).toBe(
      '"late" (contains) → Involuntary',
    );
  });

  it("clips a long reason text to the column", () => {
    const text = reasonText(["x".repeat(300)]);
    expect(text).toHaveLength(255);
    expect(text.endsWith("…")).toBe(true);
  });
});

describe("signal helpers", () => {
  it("read the services only for events whose signals need them", () => {
    expect(factsToRead(event({ milestone: "completed" }), [])).toEqual({
      services: true,
      completedOrders: false,
    });
    expect(factsToRead(event({ milestone: "submitted" }), [])).toEqual({
      services: false,
      completedOrders: false,
    });
    expect(
      factsToRead(
        event({ action: "disconnect", milestone: "in_progress" }),
        [],
      ),
    ).toEqual({ services: true, completedOrders: false });
    expect(
      factsToRead(event({ milestone: "submitted" }), [
        rule({
          milestone: "submitted",
          scope: "first_order",
          targetState: "pending",
        }),
      ]).completedOrders,
    ).toBe(true);
  });

  it("tag no event of an order without effects", () => {
    expect(isPrimaryEvent(event({ effects: [] }))).toBe(false);
    expect(hasMovement(event({ effects: [] }))).toBe(false);
  });

  it("describe the signals in words", () => {
    expect(
      describeSignals({
        movement: "contraction",
        actionReason: "Moved abroad",
        churnType: "voluntary",
      }),
    ).toBe('Contraction; reason "Moved abroad" (Voluntary)');
    expect(
      describeSignals({ movement: "", actionReason: "x", churnType: "" }),
    ).toBe('reason "x"');
    expect(describeSignals({})).toBe("");
    expect(explainPending(null)).toBe("");
    expect(
      explainPending({
        kind: "set",
        change: "suspension",
        orderId: "o",
        due: "",
        since: "",
      }),
    ).toBe(
      "Suspension pending (the order has no committed due date): after this order only suspended services would be left.",
    );
    expect(
      explainPending({ kind: "clear", orderId: "o", why: "completed" }),
    ).toContain("settled");
  });
});

describe("roll-up edge cases", () => {
  const trigger = {
    childId: "c",
    childName: "",
    stateFrom: "active",
    stateTo: "active",
    stageFrom: "onboarding",
    stageTo: "adoption",
  };
  const children = [
    { state: "active", stage: "adoption", count: 2 },
    { state: "", stage: "", count: 1 },
  ];

  it("reports what would change in a dry run, and nothing for a parent that already matches", () => {
    const dry = decideRollup(
      account({ state: "active", stage: "onboarding" }),
      children,
      { state: "any_active", stage: "most_advanced" },
      trigger,
      "2024-01-01 00:00:00",
      true,
    );
    expect(dry).toMatchObject({ outcome: "dry_run", stageTo: "adoption" });
    expect(dry.explanation).toContain(
      "Stage would change: Onboarding → Adoption",
    );
    expect(dry.explanation).toContain(
      'Roll-up from child account "c" (stage Onboarding → Adoption)',
    );
    const same = decideRollup(
      account({ state: "active", stage: "adoption" }),
      children,
      { state: "off", stage: "most_advanced" },
      trigger,
      "2024-01-01 00:00:00",
      false,
    );
    expect(same.outcome).toBe("no_change");
    expect(same.explanation).toContain("already matches");
  });

  it("has no target without children values or with the policies off", () => {
    expect(
      rollupTarget([], { state: "any_active", stage: "most_advanced" }),
    ).toEqual({ state: "", stage: "" });
    expect(rollupEnabled({ state: "off", stage: "off" })).toBe(false);
    expect(rollupEnabled({ state: "off", stage: "least_advanced" })).toBe(true);
  });

  it("stops a chain that is too deep and keys rows per child row and per chain", () => {
    const stop = decideChainStop(
      account({ name: "" }),
      "too_deep",
      ["A", "B"],
      2,
    );
    expect(stop.explanation).toBe(
      "Hierarchy deeper than 2 levels (A → B → acct-1): roll-up stopped here.",
    );
    expect(rollupKey("p", "row")).toBe("p:rollup:row");
    expect(chainStopKey("p", "origin")).toBe("p:rollup-stop:origin");
  });
});

describe("payload fallbacks", () => {
  const applied: Decision = {
    outcome: "applied",
    stateFrom: "active",
    stateTo: "inactive",
    stageFrom: "adoption",
    stageTo: "expansion",
    stateRuleId: "",
    stageRuleId: "",
    explanation: "x",
    dependsOnServices: false,
  };
  const timed = (
    state: "active" | "inactive",
    stage: "adoption" | "expansion",
    name = "",
  ) => ({ ...account({ state, stage, name }), stateSince: "", stageSince: "" });

  it("names the account by id when it has no name, carries both axes, and keeps an unreadable time as it is", () => {
    const [state] = outboundEventsOf({
      eventId: "e",
      recordedAt: "not a time",
      before: timed("active", "adoption"),
      after: timed("inactive", "expansion"),
      entry: {
        key: "k",
        source: "rollup",
        accountId: "acct-1",
        orderId: "",
        lineItemId: "",
        action: "",
        milestone: "",
        occurredAt: "2024-01-01 00:00:00",
        decision: applied,
        rollup: {
          childAccountId: "c",
          childName: "C",
          chain: ["c", "acct-1"],
          originEventId: "o",
          childEventId: "ce",
        },
      },
    });
    expect(state.payload.description).toBe(
      "acct-1: state Active → Inactive; stage Adoption → Expansion",
    );
    expect(state.payload.eventTime).toBe("not a time");
    expect(state.payload).toMatchObject({
      chain: ["c", "acct-1"],
      originEventId: "o",
      cause: { childAccountId: "c", orderNumber: "" },
      reason: { actionReason: "", churnType: "", movement: "" },
    });
    expect(isoTime("")).toBe("");
  });

  it("shortens a payload whose roll-up chain is too long for parm2", () => {
    const chain = Array.from({ length: 200 }, (_, index) => String(index).padStart(32, "0"));
    const [state] = outboundEventsOf({
      eventId: "e",
      recordedAt: "",
      before: timed("active", "adoption"),
      after: timed("inactive", "adoption"),
      entry: {
        key: "k",
        source: "rollup",
        accountId: "acct-1",
        orderId: "",
        lineItemId: "",
        action: "",
        milestone: "",
        occurredAt: "",
        decision: applied,
        rollup: {
          childAccountId: "c",
          childName: "",
          chain,
          originEventId: "o",
          childEventId: "c",
        },
      },
    });
    const text = serializePayload(state.payload);
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(JSON.parse(text).chain).toEqual(chain.slice(-5));
  });
});
