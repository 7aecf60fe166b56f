package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity @DiscriminatorValue("GIFT") public class GiftCard extends Product { private int validityDays; }
