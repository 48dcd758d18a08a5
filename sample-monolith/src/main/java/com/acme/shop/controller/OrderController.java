package com.acme.shop.controller;

import com.acme.shop.dto.CancelOrderRequest;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderQuoteDto;
import com.acme.shop.dto.OrderStatusChangeDto;
import com.acme.shop.dto.OrderSummaryDto;
import com.acme.shop.dto.PageDto;
import com.acme.shop.dto.PlaceOrderRequest;
import com.acme.shop.service.OrderQueryService;
import com.acme.shop.service.OrderService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
public class OrderController {

    private final OrderService orderService;
    private final OrderQueryService orderQueryService;

    public OrderController(OrderService orderService, OrderQueryService orderQueryService) {
        this.orderService = orderService;
        this.orderQueryService = orderQueryService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public OrderDto place(@RequestBody PlaceOrderRequest request) {
        return orderService.placeOrder(request);
    }

    @PostMapping("/quote")
    public OrderQuoteDto quote(@RequestBody PlaceOrderRequest request) {
        return orderService.quote(request);
    }

    @GetMapping
    public PageDto<OrderSummaryDto> search(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return orderQueryService.search(customerId, status, page, size);
    }

    @GetMapping("/{id}")
    public OrderDto get(@PathVariable Long id) {
        return orderQueryService.getOrder(id);
    }

    @GetMapping("/{id}/history")
    public List<OrderStatusChangeDto> history(@PathVariable Long id) {
        return orderQueryService.history(id);
    }

    @PostMapping("/{id}/cancel")
    public OrderDto cancel(@PathVariable Long id, @RequestBody(required = false) CancelOrderRequest request) {
        return orderService.cancel(id, request == null ? null : request.reason());
    }
}
