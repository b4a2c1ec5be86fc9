// One shard of the walk over every complete answer set: those whose sync engine is fim-2010-r2.
import { describeInvariants } from "./testing/invariants-walk";

describeInvariants("engine fim-2010-r2", (a) => a.engine === "fim-2010-r2");
