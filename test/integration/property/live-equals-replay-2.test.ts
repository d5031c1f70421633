// Shard 2 of the live = replay property (see test/integration/support/live-equals-replay.ts).
import { propertyShard } from '../support/live-equals-replay'

jest.setTimeout(600_000)
propertyShard(2)
