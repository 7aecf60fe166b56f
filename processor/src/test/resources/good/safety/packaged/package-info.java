@Acknowledge(rule = "TM101", on = "desk", reason = "desks moved to the risk service, backed up")
package test.desks;

import dev.tidemark.annotations.Acknowledge;
