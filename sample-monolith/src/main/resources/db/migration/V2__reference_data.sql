-- Reference data the shop cannot run without, plus the catalogue and customers migrated from the old shop.

insert into categories (name, slug, parent_id) values
    ('Electronics', 'electronics', null),
    ('Books', 'books', null),
    ('Home & Kitchen', 'home-kitchen', null),
    ('Garden', 'garden', null),
    ('Toys', 'toys', null),
    ('Sports', 'sports', null);
insert into categories (name, slug, parent_id)
    select 'Headphones', 'headphones', id from categories where slug = 'electronics';

insert into products (sku, name, description, category_id, weight_grams) values
    ('EL-1001', 'Noise-cancelling headphones', 'Over-ear, 30 h battery', (select id from categories where slug = 'headphones'), 310),
    ('EL-1002', 'USB-C charger 65 W', 'GaN charger with two ports', (select id from categories where slug = 'electronics'), 120),
    ('EL-1003', 'E-book reader', '6 inch, glare-free display', (select id from categories where slug = 'electronics'), 180),
    ('EL-1004', 'Bluetooth speaker', 'Waterproof, 12 h battery', (select id from categories where slug = 'electronics'), 540),
    ('BK-2001', 'Refactoring legacy systems', 'Paperback, 480 pages', (select id from categories where slug = 'books'), 720),
    ('BK-2002', 'Domain modelling in practice', 'Hardcover, 390 pages', (select id from categories where slug = 'books'), 810),
    ('BK-2003', 'The cookbook of small kitchens', 'Paperback, 220 pages', (select id from categories where slug = 'books'), 450),
    ('HK-3001', 'Cast-iron skillet 28 cm', 'Pre-seasoned', (select id from categories where slug = 'home-kitchen'), 2600),
    ('HK-3002', 'Pour-over coffee set', 'Glass carafe and ceramic dripper', (select id from categories where slug = 'home-kitchen'), 900),
    ('HK-3003', 'Chef knife 20 cm', 'Stainless steel', (select id from categories where slug = 'home-kitchen'), 230),
    ('GD-4001', 'Garden hose 25 m', 'Kink-free', (select id from categories where slug = 'garden'), 3100),
    ('GD-4002', 'Pruning shears', 'Bypass blades', (select id from categories where slug = 'garden'), 260),
    ('TY-5001', 'Wooden train set', '52 pieces', (select id from categories where slug = 'toys'), 1900),
    ('TY-5002', 'Puzzle 1000 pieces', 'Harbour at night', (select id from categories where slug = 'toys'), 650),
    ('SP-6001', 'Yoga mat', '6 mm, non-slip', (select id from categories where slug = 'sports'), 1200),
    ('SP-6002', 'Running bottle 0.5 l', 'Soft flask', (select id from categories where slug = 'sports'), 60);

insert into product_attributes (product_id, name, value)
    select id, 'colour', 'black' from products where sku in ('EL-1001', 'EL-1004', 'SP-6001');
insert into product_attributes (product_id, name, value)
    select id, 'language', 'en' from products where sku like 'BK-%';
insert into product_attributes (product_id, name, value)
    select id, 'warranty-months', '24' from products where sku like 'EL-%';

insert into product_prices (product_id, price, valid_from, created_by)
    select id,
           case sku
               when 'EL-1001' then 249.00 when 'EL-1002' then 39.90 when 'EL-1003' then 129.00 when 'EL-1004' then 79.00
               when 'BK-2001' then 44.50 when 'BK-2002' then 52.00 when 'BK-2003' then 19.99
               when 'HK-3001' then 59.00 when 'HK-3002' then 34.90 when 'HK-3003' then 89.00
               when 'GD-4001' then 42.00 when 'GD-4002' then 24.50
               when 'TY-5001' then 64.00 when 'TY-5002' then 17.99
               when 'SP-6001' then 29.90 else 12.50 end,
           timestamp with time zone '2024-01-01 00:00:00+00', 'migration'
    from products;

insert into warehouses (code, name, country) values
    ('BER1', 'Berlin central warehouse', 'DE'),
    ('MAD1', 'Madrid warehouse', 'ES'),
    ('WAW1', 'Warsaw overflow warehouse', 'PL');

insert into stock_levels (product_id, warehouse_id, on_hand, reserved, reorder_point)
    select p.id, w.id, case w.code when 'BER1' then 5000 when 'MAD1' then 800 else 40 end, 0,
           case w.code when 'BER1' then 200 else 25 end
    from products p cross join warehouses w;

insert into stock_movements (product_id, warehouse_id, quantity, type, reference)
    select product_id, warehouse_id, on_hand, 'RECEIPT', 'migration' from stock_levels;

insert into carriers (code, name, tracking_url_template) values
    ('DHL', 'DHL Parcel', 'https://track.example.com/dhl/{tracking}'),
    ('UPS', 'UPS Standard', 'https://track.example.com/ups/{tracking}'),
    ('PNL', 'PostNL', 'https://track.example.com/postnl/{tracking}');

insert into shipping_rates (carrier_id, country, max_weight_grams, price, delivery_days)
    select c.id, x.country, t.max_weight,
           round((case c.code when 'DHL' then 4.90 when 'UPS' then 6.50 else 5.40 end
                  + case when x.country = 'DE' then 0 else 3.00 end) * t.factor, 2),
           case c.code when 'UPS' then 2 else 3 end + case when x.country = 'DE' then 0 else 1 end
    from carriers c
    cross join (values ('DE'), ('AT'), ('NL'), ('BE'), ('FR'), ('ES'), ('IT'), ('PL')) as x (country)
    cross join (values (2000, 1.0), (10000, 1.6), (31500, 2.8)) as t (max_weight, factor)
    where not (c.code = 'PNL' and x.country in ('ES', 'IT', 'PL'));

insert into notification_templates (code, channel, subject, body) values
    ('order-confirmation', 'EMAIL', 'Your order {orderNumber}', 'Hello {firstName}, thank you for your order {orderNumber} of {total} {currency}.'),
    ('order-cancelled', 'EMAIL', 'Order {orderNumber} cancelled', 'Hello {firstName}, your order {orderNumber} was cancelled: {reason}.'),
    ('shipment-dispatched', 'EMAIL', 'Order {orderNumber} is on its way', 'Hello {firstName}, {carrier} is bringing your parcel. Track it: {trackingUrl}'),
    ('shipment-delivered', 'EMAIL', 'Order {orderNumber} delivered', 'Hello {firstName}, your parcel was delivered. Enjoy!'),
    ('refund-issued', 'EMAIL', 'Refund for order {orderNumber}', 'Hello {firstName}, we refunded {amount} {currency} ({reason}).'),
    ('welcome', 'EMAIL', 'Welcome to ACME shop', 'Hello {firstName}, welcome! Use WELCOME10 on your first order.'),
    ('low-stock', 'INTERNAL', 'Low stock: {sku}', '{sku} ({name}) has {available} left in {warehouse}.');

insert into customers (email, first_name, last_name, phone, tier, marketing_opt_in) values
    ('anna.schmidt@example.com', 'Anna', 'Schmidt', '+49 30 5550101', 'GOLD', true),
    ('lukas.meyer@example.com', 'Lukas', 'Meyer', '+49 89 5550102', 'STANDARD', false),
    ('marie.dubois@example.com', 'Marie', 'Dubois', '+33 1 5550103', 'SILVER', true),
    ('pieter.dejong@example.com', 'Pieter', 'de Jong', '+31 20 5550104', 'STANDARD', true),
    ('lucia.garcia@example.com', 'Lucía', 'García', '+34 91 5550105', 'STANDARD', false),
    ('marco.rossi@example.com', 'Marco', 'Rossi', '+39 06 5550106', 'SILVER', false),
    ('ola.nowak@example.com', 'Ola', 'Nowak', '+48 22 5550107', 'STANDARD', true),
    ('sophie.peeters@example.com', 'Sophie', 'Peeters', '+32 2 5550108', 'STANDARD', false),
    ('jonas.huber@example.com', 'Jonas', 'Huber', '+43 1 5550109', 'GOLD', true),
    ('emma.weber@example.com', 'Emma', 'Weber', null, 'STANDARD', false);

insert into addresses (customer_id, line1, city, postal_code, country, is_default)
    select id,
           case last_name when 'Schmidt' then 'Torstrasse 12' when 'Meyer' then 'Leopoldstrasse 80' when 'Dubois' then '12 rue Oberkampf'
                          when 'de Jong' then 'Prinsengracht 263' when 'García' then 'Calle de Alcalá 45' when 'Rossi' then 'Via del Corso 101'
                          when 'Nowak' then 'ul. Nowy Świat 15' when 'Peeters' then 'Rue Neuve 30' when 'Huber' then 'Mariahilfer Strasse 7'
                          else 'Hauptstrasse 1' end,
           case last_name when 'Schmidt' then 'Berlin' when 'Meyer' then 'München' when 'Dubois' then 'Paris' when 'de Jong' then 'Amsterdam'
                          when 'García' then 'Madrid' when 'Rossi' then 'Roma' when 'Nowak' then 'Warszawa' when 'Peeters' then 'Bruxelles'
                          when 'Huber' then 'Wien' else 'Hamburg' end,
           case last_name when 'Dubois' then '75011' when 'de Jong' then '1016 GV' when 'García' then '28014' when 'Rossi' then '00186'
                          when 'Nowak' then '00-029' when 'Peeters' then '1000' when 'Huber' then '1070' else '10119' end,
           case last_name when 'Dubois' then 'FR' when 'de Jong' then 'NL' when 'García' then 'ES' when 'Rossi' then 'IT'
                          when 'Nowak' then 'PL' when 'Peeters' then 'BE' when 'Huber' then 'AT' else 'DE' end,
           true
    from customers;

insert into loyalty_accounts (customer_id, points, lifetime_points)
    select id, case tier when 'GOLD' then 2400 when 'SILVER' then 800 else 50 end,
           case tier when 'GOLD' then 5200 when 'SILVER' then 1300 else 50 end
    from customers;

insert into promotions (name, type, value, category_id, starts_at, ends_at) values
    ('Books week', 'PERCENT_OFF', 10.00, (select id from categories where slug = 'books'), timestamp with time zone '2024-01-01 00:00:00+00', null),
    ('Garden season', 'AMOUNT_OFF', 3.00, (select id from categories where slug = 'garden'), timestamp with time zone '2024-03-01 00:00:00+00', null);

insert into coupons (code, discount_percent, discount_amount, min_order_total, max_uses, expires_at) values
    ('WELCOME10', 10.00, null, 0, null, null),
    ('SPRING5', null, 5.00, 30.00, null, null),
    ('VIP20', 20.00, null, 150.00, 1000000, null);
