package com.acme.shop.util;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Builds bounded page requests from query parameters. */
public final class PageRequests {

    private PageRequests() {}

    public static Pageable of(Integer page, Integer size, Sort sort) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size <= 0
                ? ShopConstants.DEFAULT_PAGE_SIZE
                : Math.min(size, ShopConstants.MAX_PAGE_SIZE);
        return PageRequest.of(p, s, sort);
    }
}
