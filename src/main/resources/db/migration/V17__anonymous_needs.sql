-- 匿名发布: providers see an anonymous need's industry and district, not its enterprise, until the enterprise invites
-- them or accepts their interest (need_owner_reveal).
ALTER TABLE need ADD COLUMN anonymous BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE need_owner_reveal (
    need_id     BIGINT       NOT NULL,
    provider_id BIGINT       NOT NULL,
    revealed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (need_id, provider_id),
    CONSTRAINT fk_need_owner_reveal_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the enterprise was last told its published need is about to expire (once per publication or renewal).
ALTER TABLE need ADD COLUMN expiry_reminded_at TIMESTAMP(6);
