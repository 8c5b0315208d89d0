package com.example.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data's repository of accounts. */
public interface AccountRepository extends JpaRepository<Account, Long> {}
