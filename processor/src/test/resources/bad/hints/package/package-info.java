@AcknowledgeDrop(tables = "desks")
package test.desks;

import dev.tidemark.annotations.AcknowledgeDrop;
