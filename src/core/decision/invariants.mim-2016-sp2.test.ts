// One shard of the walk over every complete answer set: those whose sync engine is mim-2016-sp2.
import { describeInvariants } from "./testing/invariants-walk";

describeInvariants("engine mim-2016-sp2", (a) => a.engine === "mim-2016-sp2");
