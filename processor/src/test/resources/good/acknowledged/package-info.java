@AcknowledgeDrop(tables = "desk")
package test.desks;

import dev.tidemark.annotations.AcknowledgeDrop;
