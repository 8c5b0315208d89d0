package com.example.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity the first migration does not have: in a package of its own, so a run can add it with -Dautogen.packages=com.example. */
@Entity
@Table(name = "orders")
public class Order {
    @Id
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;
}
