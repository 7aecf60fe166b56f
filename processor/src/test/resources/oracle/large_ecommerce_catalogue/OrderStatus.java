package oracle.largeecommercecatalogue;

public enum OrderStatus { CART, PLACED, PAID, SHIPPED, DELIVERED, RETURNED }
