package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Embeddable public class Dimensions { private Integer widthMm; private Integer heightMm; private Integer depthMm; private Integer weightGrams; }
