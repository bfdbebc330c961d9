package org.jigai.need;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedOwnerRevealRepository extends JpaRepository<NeedOwnerReveal, NeedOwnerReveal.Key> {}
